/** The push connector and document views: documents written, listed, read and deleted over HTTP. */
package dev.lore.web.documents;
