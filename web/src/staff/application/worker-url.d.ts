/** A script Vite bundles as a web worker of the app's own origin, imported as its URL. */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
