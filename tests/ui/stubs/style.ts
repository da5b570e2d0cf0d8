// Stylesheets mean nothing under jsdom; `import './index.css'` resolves here.
export {};
