import { SignPdf, Signer } from "@signpdf/signpdf";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import forge from "node-forge";
import { PDFDocument } from "pdf-lib";
import { parseCertificate, type SigningCredential } from "./certificate";

/** PAdES baseline (ETSI EN 319 142-1): a detached CAdES signature instead of Adobe's PKCS#7 SubFilter. */
const SUBFILTER_ETSI_CADES_DETACHED = "ETSI.CAdES.detached";

export interface SignatureInfo {
  /** The signer as the signature dictionary names it (the agency). */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
}

/**
 * Signs a letter's PDF with the agency's key (《电子签名法》第十三条、第十四条: a reliable electronic
 * signature has the same effect as a handwritten signature or seal): an invisible PAdES signature
 * over the whole file, so any later change to a byte breaks it (pdfsig, Acrobat and the
 * verification page all see it).
 */
export async function signPdf(pdf: Uint8Array, credential: SigningCredential, info: SignatureInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: info.reason,
    contactInfo: info.contactInfo,
    name: info.name,
    location: info.location,
    signingTime: info.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: "政府信息公开平台",
  });
  const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signed = await new SignPdf().sign(withPlaceholder, new PemSigner(credential), info.signingTime);
  return new Uint8Array(signed);
}

/**
 * The CMS SignedData over the signed byte ranges, from a PEM key and certificate (what
 * @signpdf/signer-p12 does from a PKCS#12 bundle, whose forge round trip garbles Chinese names —
 * see parseCertificate). The attribute order is the one EU validators (DSS) expect.
 */
class PemSigner extends Signer {
  constructor(private readonly credential: SigningCredential) {
    super();
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const certificate = parseCertificate(this.credential.certificatePem);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString("binary"));
    p7.addCertificate(certificate);
    p7.addSigner({
      key: forge.pki.privateKeyFromPem(this.credential.keyPem),
      certificate,
      digestAlgorithm: forge.pki.oids.sha256!,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime!, value: (signingTime ?? new Date()).toISOString() },
        { type: forge.pki.oids.messageDigest! },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), "binary");
  }
}
