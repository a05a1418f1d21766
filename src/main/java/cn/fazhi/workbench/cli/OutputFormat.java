package cn.fazhi.workbench.cli;

/** How commands print their results. */
enum OutputFormat { text, json }
