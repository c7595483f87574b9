/** The formats of `check`; apart from the renderers so that the command line loads none of them to list the choices. */
export const CHECK_FORMATS = ['md', 'json', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
