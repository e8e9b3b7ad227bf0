/**
 * Downloads offered by link: the port through which the chat hands out a short-lived link to a file
 * the web board serves ({@link org.pcref.core.download.DownloadLinks}), and what such a file is
 * ({@link org.pcref.core.download.Download}), and how such files write their text ({@link
 * org.pcref.core.download.FileText}). A leaf: it knows nothing of teams or conversations.
 */
package org.pcref.core.download;
