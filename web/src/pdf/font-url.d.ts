/** A file Vite copies to the built app, imported as its URL. */
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
