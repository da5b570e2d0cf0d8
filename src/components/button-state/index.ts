/**
 * Taro's H5 button renders `disabled={false}` as the attribute `disabled="false"`, which its stylesheet shows as
 * disabled; leave the attribute out instead. A disabled H5 button still fires onClick
 * (https://github.com/NervJS/taro/issues/12797), so handlers check their own busy flag too.
 * The `loading` prop is not used at all: when it turns on, the H5 button's own renderer inserts its spinner before
 * the text React manages and throws (`insertBefore` … not a child of this node), after which the page stops
 * updating. A disabled button during the call (plus the transport's loading toast) says the same.
 */
export const disabledWhen = (condition: boolean): true | undefined => (condition ? true : undefined);
