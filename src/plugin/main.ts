figma.showUI(__html__, { width: 360, height: 560, themeColors: true });
