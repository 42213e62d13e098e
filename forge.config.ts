// Electron Forge: `npm start` (dev server + Electron), `npm run package` and
// `npm run make` (installers). Vite builds the main process, the preload and
// the renderer; the fuses lock the packaged binary down.
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerRpm } from '@electron-forge/maker-rpm';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** The graph file type, registered with each OS so a double-click opens Flowboard. */
const GRAPH_MIME = 'application/x-flowboard+json';
/** Linux desktops see a .flow.json file as JSON, so Flowboard also offers to open JSON files. */
const LINUX_MIME_TYPES = [GRAPH_MIME, 'application/json'];
const GRAPH_UTI = 'org.flowboard.graph';

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Flowboard',
    executableName: 'flowboard',
    appBundleId: 'org.flowboard.app',
    appCategoryType: 'public.app-category.education',
    // Packs the app into app.asar, which the integrity fuse below checks at launch.
    asar: true,
    // macOS: the document type and the exported UTI for *.flow.json.
    extendInfo: {
      CFBundleDocumentTypes: [
        { CFBundleTypeName: 'Flowboard Graph', CFBundleTypeRole: 'Editor', LSHandlerRank: 'Owner', LSItemContentTypes: [GRAPH_UTI] },
        { CFBundleTypeName: 'JSON Document', CFBundleTypeRole: 'Viewer', LSHandlerRank: 'Alternate', LSItemContentTypes: ['public.json'] },
      ],
      UTExportedTypeDeclarations: [
        {
          UTTypeIdentifier: GRAPH_UTI,
          UTTypeDescription: 'Flowboard Graph',
          UTTypeConformsTo: ['public.json'],
          UTTypeTagSpecification: { 'public.filename-extension': ['flow.json'], 'public.mime-type': [GRAPH_MIME] },
        },
      ],
    },
  },
  rebuildConfig: {},
  makers: [
    new MakerSquirrel({ name: 'flowboard', setupExe: 'FlowboardSetup.exe' }),
    new MakerZIP({}, ['linux', 'darwin']),
    new MakerDMG({ format: 'ULFO' }),
    new MakerDeb({ options: { name: 'flowboard', productName: 'Flowboard', categories: ['Education', 'Science'], mimeType: LINUX_MIME_TYPES } }),
    new MakerRpm({ options: { name: 'flowboard', productName: 'Flowboard', categories: ['Education', 'Science'], mimeType: LINUX_MIME_TYPES } }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'electron/vite/main.config.ts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'electron/vite/preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'electron/vite/renderer.config.ts' }],
    }),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
