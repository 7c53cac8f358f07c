import { app, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Locks the vault now, as the worker would when someone walks in. */
  onLock: () => void;
  /** Reload and DevTools exist only in an unpackaged run. */
  allowDevTools: boolean;
}

/** A small, fixed menu. Role items take their labels and shortcuts from the operating system. */
export function installMenu(options: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  const lock: MenuItemConstructorOptions = {
    label: 'Lock',
    accelerator: 'CmdOrCtrl+L',
    click: () => options.onLock(),
  };
  const about: MenuItemConstructorOptions = {
    label: 'About Alongside',
    click: () => app.showAboutPanel(),
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: isMac ? [lock] : [lock, { type: 'separator' }, { role: 'quit' }],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...(options.allowDevTools
          ? ([
              { role: 'reload' },
              { role: 'forceReload' },
              { role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    { role: 'help', submenu: [about] },
  ];

  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
