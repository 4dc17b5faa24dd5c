#!/usr/bin/env bash
# Tag a release of the Action: vX.Y.Z on HEAD, and the major tag vX moved to it, so that
# `uses: <owner>/specflow-action@vX` picks the release up (GitHub's advice for versioning
# actions: an immutable full version plus a moving major tag).
#
#   npm run release [-- vX.Y.Z] [--push] [--remote NAME]
#
# The version defaults to package.json's; a version given must match it (bump package.json
# and commit first). Before tagging, the script checks that:
#   - the version is vX.Y.Z (no pre-release or build suffix: a major tag never points at one),
#   - it is greater than the latest vX.Y.Z tag,
#   - the working tree is clean (nothing modified, nothing untracked),
#   - every `uses: <owner>/specflow-action@<ref>` step in .github/workflows/ (the reusable
#     workflows call the Action by name) names a real owner, the remote's, and the major tag vX,
#   - dist/ is what the committed source builds (`npm run package`, then no change in dist/).
# Without --push it prints the `git push` commands; with --push it runs them.
set -euo pipefail

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

fail() {
  echo "release: $*" >&2
  exit 1
}

version=''
push=false
remote=origin
while [ $# -gt 0 ]; do
  case "$1" in
    --push) push=true ;;
    --remote)
      [ $# -ge 2 ] || usage
      remote="$2"
      shift
      ;;
    -h | --help) usage ;;
    -*) echo "release: unknown option $1" >&2 && usage ;;
    *)
      [ -z "$version" ] || usage
      version="$1"
      ;;
  esac
  shift
done

cd "$(git rev-parse --show-toplevel)"

semver='^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'

package_version="$(node -p 'JSON.parse(require("fs").readFileSync("package.json", "utf8")).version')"
[ -n "$version" ] || version="v$package_version"
[[ "$version" =~ $semver ]] || fail "'$version' is not a release version: expected vX.Y.Z (for example v1.2.3)"
major="${BASH_REMATCH[1]}"
minor="${BASH_REMATCH[2]}"
patch="${BASH_REMATCH[3]}"
[ "$version" = "v$package_version" ] ||
  fail "package.json says version $package_version, not ${version#v}: set it to ${version#v} and commit first"

# The latest release tag, by version order (v1.10.0 after v1.9.0).
latest=''
while read -r tag; do
  if [[ "$tag" =~ $semver ]]; then
    latest="$tag"
    break
  fi
done < <(git tag --list 'v*' --sort=-v:refname)
if [ -n "$latest" ]; then
  [[ "$latest" =~ $semver ]]
  if [ "$major" -ne "${BASH_REMATCH[1]}" ]; then
    newer=$([ "$major" -gt "${BASH_REMATCH[1]}" ] && echo yes || echo no)
  elif [ "$minor" -ne "${BASH_REMATCH[2]}" ]; then
    newer=$([ "$minor" -gt "${BASH_REMATCH[2]}" ] && echo yes || echo no)
  else
    newer=$([ "$patch" -gt "${BASH_REMATCH[3]}" ] && echo yes || echo no)
  fi
  [ "$newer" = yes ] || fail "$version is not greater than the latest release tag, $latest"
fi
if git rev-parse --quiet --verify "refs/tags/$version" > /dev/null; then
  fail "tag $version already exists"
fi

if [ -n "$(git status --porcelain)" ]; then
  git status --short >&2
  fail "the working tree has the changes above: commit or stash them first"
fi

# A reusable workflow runs in the caller's workspace, so it cannot use the Action as `./`: it
# names it, owner and ref written out. Those lines are not rewritten here; check that they call
# this repository at the major tag being moved.
remote_repo=''
if remote_url="$(git remote get-url "$remote" 2> /dev/null)" &&
  [[ "$remote_url" =~ github\.com[:/]([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)$ ]]; then
  remote_repo="${BASH_REMATCH[1]%.git}"
fi
shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
shopt -u nullglob
while IFS= read -r hit; do
  where="${hit%%:*}:$(cut -d: -f2 <<< "$hit")"
  uses="$(sed -E 's/^[^:]*:[0-9]+:[[:space:]]*(-[[:space:]]*)?uses:[[:space:]]*//; s/[[:space:]#].*$//' <<< "$hit")"
  repo="$(cut -d/ -f1-2 <<< "${uses%%@*}")"
  ref="${uses#*@}"
  [[ "${repo%%/*}" =~ ^[A-Za-z0-9][A-Za-z0-9-]*$ ]] ||
    fail "$where uses $uses: '${repo%%/*}' is not an owner; write this repository's owner there"
  [ -z "$remote_repo" ] ||
    [ "$(tr '[:upper:]' '[:lower:]' <<< "$repo")" = "$(tr '[:upper:]' '[:lower:]' <<< "$remote_repo")" ] ||
    fail "$where uses $uses, not this repository ($remote_repo, from remote $remote)"
  [ "$ref" = "v$major" ] || fail "$where uses $uses: the release moves v$major, so write @v$major"
done < <(grep -nE '^[[:space:]]*(-[[:space:]]*)?uses:[[:space:]]*[^[:space:]#]+/specflow-action(/[^@[:space:]]*)?@' \
  ${workflows[@]+"${workflows[@]}"} /dev/null)

echo "== rebuilding dist/ (npm run package)"
npm run --silent package
if [ -n "$(git status --porcelain -- dist)" ]; then
  git status --short -- dist >&2
  fail "dist/ is not what the committed source builds: commit the rebuilt dist/ above, then release"
fi

major_tag="v$major"
git tag --annotate --message "$version" "$version"
git tag --force --annotate --message "$major_tag: $version" "$major_tag" "$version^{commit}" > /dev/null
echo "tagged $version and moved $major_tag to it ($(git rev-parse --short "$version^{commit}"))${latest:+; the previous release is $latest}"

if $push; then
  echo "+ git push $remote $version"
  git push "$remote" "$version"
  echo "+ git push --force $remote $major_tag"
  git push --force "$remote" "$major_tag"
else
  echo "To publish them (push the release commit to its branch first if it is not there yet):"
  echo "  git push $remote $version"
  echo "  git push --force $remote $major_tag"
fi
