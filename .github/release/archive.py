"""Repackages the termlint binary from a wheel as a standalone release archive.

The release workflow builds each platform's binary once, inside the wheel; the archive for
people who do not use pip is the same binary, so the two can never differ. Writes
`termlint-<version>-<target>.tar.gz` (`.zip` for Windows) and a `.sha256` file beside it in the
format `sha256sum -c` reads.

    python archive.py WHEEL TARGET OUT_DIR
"""

import hashlib
import io
import sys
import tarfile
import zipfile
from pathlib import Path


def binary_from_wheel(wheel: Path) -> tuple[str, bytes, str]:
    """The binary's file name, bytes and the package version, from the wheel's scripts."""
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            parts = name.split("/")
            if len(parts) == 3 and parts[0].endswith(".data") and parts[1] == "scripts":
                version = parts[0].removesuffix(".data").split("-")[-1]
                return parts[2], archive.read(name), version
    raise SystemExit(f"{wheel}: no binary under *.data/scripts/")


def main() -> None:
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    wheel, target, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    name, data, version = binary_from_wheel(wheel)
    stem = f"termlint-{version}-{target}"
    out.mkdir(parents=True, exist_ok=True)
    if name.endswith(".exe"):
        path = out / f"{stem}.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{stem}/{name}", data)
    else:
        path = out / f"{stem}.tar.gz"
        with tarfile.open(path, "w:gz") as archive:
            info = tarfile.TarInfo(f"{stem}/{name}")
            info.size = len(data)
            info.mode = 0o755
            archive.addfile(info, io.BytesIO(data))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    (out / f"{path.name}.sha256").write_text(f"{digest}  {path.name}\n")
    print(path)


if __name__ == "__main__":
    main()
