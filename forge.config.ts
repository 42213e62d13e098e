// Electron Forge: `npm start` (dev server + Electron), `npm run package` and
// `npm run make` (installers). Vite builds the main process, the preload and
// the renderer; the fuses lock the packaged binary down.
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerRpm, type MakerRpmConfig } from '@electron-forge/maker-rpm';
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
/**
 * Linux: the shared-mime-info definition that maps *.flow.json to GRAPH_MIME.
 * The deb and rpm makers install only the app folder, the .desktop file and
 * icons, so it ships in the app's resources/ and the packages' install
 * scripts copy it to /usr/share/mime/packages (electron/linux/*.sh).
 */
const LINUX_MIME_DEFINITION = 'electron/linux/flowboard-mime.xml';
const REGISTER_MIME = 'electron/linux/register-mime.sh';
const UNREGISTER_MIME = 'electron/linux/unregister-mime.sh';
/**
 * maker-rpm 7.11's option type lacks `scripts`, though the maker passes its
 * options on whole to electron-installer-redhat, which reads `scripts`
 * (pre, post, preun, postun: files whose text becomes the spec's scriptlets).
 */
const rpmOptions: NonNullable<MakerRpmConfig['options']> & { scripts: { post: string; postun: string } } = {
  name: 'flowboard',
  productName: 'Flowboard',
  categories: ['Education', 'Science'],
  mimeType: LINUX_MIME_TYPES,
  scripts: { post: REGISTER_MIME, postun: UNREGISTER_MIME },
};

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Flowboard',
    executableName: 'flowboard',
    appBundleId: 'org.flowboard.app',
    appCategoryType: 'public.app-category.education',
    // Packs the app into app.asar, which the integrity fuse below checks at launch.
    asar: true,
    // Copied beside app.asar on every platform; only the Linux packages use it.
    extraResource: [LINUX_MIME_DEFINITION],
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
    new MakerDeb({
      options: {
        name: 'flowboard',
        productName: 'Flowboard',
        categories: ['Education', 'Science'],
        mimeType: LINUX_MIME_TYPES,
        scripts: { postinst: REGISTER_MIME, postrm: UNREGISTER_MIME },
      },
    }),
    new MakerRpm({ options: rpmOptions }),
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
