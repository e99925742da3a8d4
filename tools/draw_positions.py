"""Draw every position from its pose (clinic/content/poses.py) in one shared style:

    .venv/bin/python tools/draw_positions.py          # writes clinic/static/positions/*.svg
    .venv/bin/python tools/draw_positions.py --check  # also lists limbs far from the standard length
    .venv/bin/python tools/draw_positions.py --angles # also prints each figure's hip flexion per drawing

Plain SVG 1.1 (paths, circles, rects; no text, fonts, filters or links), so the preview and
WeasyPrint draw the same picture. "You" (the partner who is recovering) is a solid teal figure
with a solid outline; the other partner is pale with a dashed outline, so the two are told apart
by line style as well as colour on a black-and-white print. A test checks the files are current.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "clinic" / "static" / "positions"

STYLE = {
    # you: solid tube, solid dark outline
    'Y': {'fill': '#4e9ba2', 'fill_far': '#3a838a', 'line': '#1f6f78',
          'dash': None, 'edge': 2.0},
    # partner: pale tube, dashed dark warm outline, drawn thicker and darker than
    # your outline's grey value, so on a black-and-white print the pale partner
    # stays apart from the teal fill and from the grey mattress (whose grey the
    # pale fill shares)
    'P': {'fill': '#f6d3b3', 'fill_far': '#ebbf98', 'line': '#7d3a0e',
          'dash': '5 2.5', 'edge': 3.0},
}
W = {'torso': 17, 'neck': 7, 'uarm': 9, 'farm': 8, 'thigh': 11, 'shin': 9.5,
     'foot': 6}
HEAD_R = 7
NOSE_W = 3.5    # the small nose on a head, so the way a person faces reads
EDGE = 2.0      # outline width beyond the tube on each side
HALO = 2.5      # white halo width beyond the outline on each side

# standard segment lengths (used by --check and by tools/author.py)
BONES = {('sh', 'head'): 18, ('sh', 'hip'): 38, ('sh', 'el'): 20,
         ('el', 'ha'): 21, ('hip', 'kn'): 28, ('kn', 'an'): 27,
         ('an', 'to'): 9}

BED_FILL, BED_LINE, BED_BASE = '#d9d9d9', '#888', '#a9a9a9'
TOP_FILL = '#fcfcfc'     # bed seen from above: white-ish, so the pale partner stands out in grey
DEPTH_FILL = '#f5f5f5'   # the top of a bed seen at an angle: light, for the same reason
PILLOW = 'fill="#fff" stroke="#888" stroke-width="1.6"'   # one pillow style everywhere

def f(v):
    """compact number (0.5 unit = 0.12 mm at print size is plenty)"""
    s = ('%.1f' % (round(v * 2) / 2)).rstrip('0').rstrip('.')
    return '0' if s == '-0' else s


def pt(p):
    return f(p[0]) + ' ' + f(p[1])


def path_d(pts):
    return 'M' + ' L'.join(pt(p) for p in pts)


def smooth_d(a, m, b):
    """quadratic curve from a to b passing through m"""
    c = (2 * m[0] - (a[0] + b[0]) / 2, 2 * m[1] - (a[1] + b[1]) / 2)
    return f'M{pt(a)} Q{pt(c)} {pt(b)}'


def figure_parts(j):
    """-> dict group -> list of parts. part = (kind, d_or_centre, width, ends)
    kind 'path': d string, width, list of free end points (get end caps)
    kind 'circle': centre, radius"""
    g = {'far_arm': [], 'far_leg': [], 'body': [], 'near_leg': [],
         'near_arm': []}
    sh, hip = j['sh'], j['hip']
    for side, grp_a, grp_l in (('f', 'far_arm', 'far_leg'),
                               ('n', 'near_arm', 'near_leg')):
        s0 = j.get('sh_' + side, sh)
        h0 = j.get('hip_' + side, hip)
        if 'el_' + side in j:        # arm: one tube, shoulder-elbow-hand
            el, ha = j['el_' + side], j['ha_' + side]
            g[grp_a].append(('path', path_d([s0, el, ha]), W['uarm'], [ha]))
        if 'kn_' + side in j:        # leg: thigh, shin, foot
            kn, an = j['kn_' + side], j['an_' + side]
            g[grp_l].append(('path', path_d([h0, kn]), W['thigh'], [kn]))
            g[grp_l].append(('path', path_d([kn, an]), W['shin'], [an]))
            if 'to_' + side in j:
                to = j['to_' + side]
                g[grp_l].append(('path', path_d([an, to]), W['foot'], [to]))
    if 'mid' in j:
        td = smooth_d(sh, j['mid'], hip)
    else:
        td = path_d([sh, hip])
    g['body'].append(('path', path_d([sh, j['head']]), W['neck'], []))
    g['body'].append(('path', td, j.get('tw', W['torso']), [sh, hip]))
    g['body'].append(('circle', j['head'], HEAD_R, []))
    if 'nose' in j:              # direction the face points
        (hx, hy), (nx, ny) = j['head'], j['nose']
        n = math.hypot(nx, ny) or 1
        a = (hx + nx / n * (HEAD_R - 3), hy + ny / n * (HEAD_R - 3))
        b = (hx + nx / n * (HEAD_R + 1.3), hy + ny / n * (HEAD_R + 1.3))
        g['body'].append(('path', path_d([a, b]), NOSE_W, [b]))
    return g


def draw_halo(out, parts, edge=EDGE):
    """white band under a front figure so it reads over what is behind"""
    out.append('<g stroke="#fff" stroke-linecap="round">')
    for k, a, w, _ends in parts:
        if k == 'path':
            out.append(f'<path d="{a}" stroke-width="{f(w + 2 * (edge + HALO))}"/>')
        else:
            out.append(f'<circle cx="{f(a[0])}" cy="{f(a[1])}" r="{f(w + edge + HALO)}" fill="#fff"/>')
    out.append('</g>')


def draw_group(out, parts, st, far=False):
    """outline -> fill for one group of one figure"""
    fill = st['fill_far'] if far else st['fill']
    line, dash, edge = st['line'], st['dash'], st['edge']
    # outline: butt-capped wide stroke (dashed for the partner); the fill
    # covers its middle.  Free ends / joints get rings of the same style.
    out.append('<g stroke="{}" stroke-width="{}"{}>'.format(line, f(edge), f' stroke-dasharray="{dash}"' if dash
                  else ''))
    for k, a, w, ends in parts:
        if k == 'path':
            out.append(f'<path d="{a}" stroke-width="{f(w + 2 * edge)}"/>')
            for e in ends:
                out.append(f'<circle cx="{f(e[0])}" cy="{f(e[1])}" r="{f(w / 2 + edge / 2)}"/>')
        else:
            out.append(f'<circle cx="{f(a[0])}" cy="{f(a[1])}" r="{f(w + edge / 2)}"/>')
    out.append('</g>')
    # fill
    out.append(f'<g stroke="{fill}" stroke-linecap="round">')
    for k, a, w, _ends in parts:
        if k == 'path':
            out.append(f'<path d="{a}" stroke-width="{f(w)}"/>')
        else:
            out.append(f'<circle cx="{f(a[0])}" cy="{f(a[1])}" r="{f(w)}" fill="{fill}" '
                       'stroke="none"/>')
    out.append('</g>')


def draw_pillow(out, p):
    x, y, w, h = p['box']
    rx = min(h / 2.0, 5)
    tr = ''
    if p.get('rot'):
        tr = ' transform="rotate({} {} {})"'.format(f(p['rot']), f(x + w / 2),
                                                 f(y + h / 2))
    out.append(f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}" rx="{f(rx)}" '
               f'{PILLOW}{tr}/>')


def draw_props_back(out, props):
    if 'floor' in props:
        out.append('<path d="M4 {} H236" stroke="#b5b5b5" stroke-width="1.5"/>'.format(f(props['floor'])))
    b = props.get('bed')
    if b and b.get('top'):            # bed seen from above (side-lying poses)
        x, y, w, h = b['x'], b['y'], b['w'], b['h']
        out.append(f'<rect x="{f(x - 5)}" y="{f(y)}" width="5" height="{f(h)}" rx="2" '
                   f'fill="#e2e2e2" stroke="{BED_LINE}" stroke-width="1.2"/>')
        out.append(f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}" rx="6" '
                   f'fill="{TOP_FILL}" stroke="{BED_LINE}" stroke-width="1.2"/>')
        b = None
    if b:
        x, y, w, h = b['x'], b['y'], b['w'], b['h']
        base_y = y + h
        if 'headboard' in b:          # headboard: (x, top)
            hx, ht = b['headboard']
            bottom = props.get('floor', base_y + 5)
            out.append(f'<rect x="{f(hx)}" y="{f(ht)}" width="6" height="{f(bottom - ht)}" rx="2" '
                       f'fill="#cfcfcf" stroke="{BED_LINE}" stroke-width="1.2"/>')
        if 'floor' in props:          # bed legs down to the floor
            for lx in (x + 6, x + w - 11):
                out.append('<rect x="{}" y="{}" width="5" height="{}" '
                           'fill="{}" stroke="#777" stroke-width="1"/>'.format(f(lx), f(base_y), f(props['floor'] - base_y),
                              BED_BASE))
        if b.get('depth'):            # oblique top surface
            d = b['depth']
            out.append(f'<path d="M{f(x)} {f(y)} l{f(d * 0.6)} {f(-d)} h{f(w)} l{f(-d * 0.6)} {f(d)} z" fill="{DEPTH_FILL}" '
                       f'stroke="{BED_LINE}" stroke-width="1"/>')
        out.append(f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}" rx="3" '
                   f'fill="{BED_FILL}" stroke="{BED_LINE}" stroke-width="1.2"/>')
        out.append(f'<rect x="{f(x + 2)}" y="{f(base_y)}" width="{f(w - 4)}" height="4.5" rx="1" '
                   f'fill="{BED_BASE}" stroke="#777" stroke-width="1"/>')
    c = props.get('chair')
    if c:   # armless chair, side view. seat front x, seat y, depth, floor
        x, y, d, fl = c['x'], c['y'], c['d'], props['floor']
        back = x - d if c.get('facing', 1) > 0 else x + d
        out.append(f'<path d="M{f(x)} {f(y)} H{f(back)} M{f(x - (2 if back < x else -2))} {f(y)} V{f(fl)} M{f(back)} {f(fl)} V{f(y - 42)} L{f(back - (4 if back < x else -4))} {f(y - 50)}" '
                   'fill="none" stroke="#7a7a7a" stroke-width="3.5" '
                   'stroke-linecap="round" stroke-linejoin="round"/>')
    s = props.get('stool')
    if s:   # low stool: top x, top y, width
        x, y, w, fl = s['x'], s['y'], s['w'], props['floor']
        out.append(f'<path d="M{f(x)} {f(y)} h{f(w)} M{f(x + 3)} {f(y)} L{f(x + 1)} {f(fl)} M{f(x + w - 3)} {f(y)} L{f(x + w - 1)} {f(fl)}" '
                   'fill="none" stroke="#7a7a7a" stroke-width="3.5" '
                   'stroke-linecap="round"/>')


def render_pose(pose):
    out = ['<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
           'width="240" height="150" viewBox="0 0 240 150" fill="none" '
           'stroke-linejoin="round">']
    props = pose.get('props', {})
    z = props.get('zoom')       # enlarge a small scene: point `at` moves to `to`, scaled by `s`
    if z:
        s, (ax, ay), (bx, by) = z['s'], z['at'], z['to']
        out.append(f'<g transform="matrix({s:g} 0 0 {s:g} {f(bx - s * ax)} {f(by - s * ay)})">')
    pillows = props.get('pillows', [])
    order = pose.get('order', ['P', 'Y!'])
    placed_p = {int(t.split(':')[1]) for t in order if t.startswith('pillow:')}
    explicit = {t.rstrip('!') for t in order if '.' in t}
    draw_props_back(out, props)
    for i, p in enumerate(pillows):
        if i not in placed_p:
            draw_pillow(out, p)
    parts = {k: figure_parts(v) for k, v in pose['figs'].items()}
    for tok in order:
        if tok.startswith('pillow:'):
            draw_pillow(out, pillows[int(tok.split(':')[1])])
            continue
        halo = tok.endswith('!')
        tok = tok.rstrip('!')
        if '.' in tok:
            who, grp = tok.split('.')
            groups = [grp]
        else:
            who = tok
            groups = [g for g in ('far_arm', 'far_leg', 'body', 'near_leg',
                                  'near_arm') if who + '.' + g not in explicit]
        st = STYLE[who]
        if halo:   # one halo under the whole token, so groups stay joined
            draw_halo(out, [p for g in groups for p in parts[who][g]], st['edge'])
        for g in groups:
            if parts[who][g]:
                draw_group(out, parts[who][g], st, far=g.startswith('far'))
    out.append('</g></svg>' if z else '</svg>')
    return '\n'.join(out) + '\n'


def check(pid, pose):
    """Limbs more than 12% off the standard length (a drawing aid, not a rule)."""
    msgs = []
    for who, j in pose['figs'].items():
        for (a, b), length in BONES.items():
            for side in ('n', 'f'):
                ka = a if a in ('sh', 'hip', 'head') else a + '_' + side
                kb = b if b in ('sh', 'hip', 'head') else b + '_' + side
                if ka in j and kb in j:
                    d = math.dist(j[ka], j[kb])
                    if abs(d - length) > 0.12 * length:
                        msgs.append(f"{pid} {who} {ka}-{kb} {d:.1f} (standard {length})")
    return msgs


def hip_flexion(fig, side):
    """Hip flexion of one leg of one figure, in degrees, from the pose data: the angle between
    the trunk line (shoulder -> hip) and the thigh line (hip -> knee). 0 = trunk and thigh in
    one straight line, 90 = a right angle, more = bent past a right angle. Negative = the thigh
    is behind the trunk line (extension); the front of the body is the side the nose points to.
    None if that leg is not drawn, or if the bend cannot be seen (a figure lying on its back
    seen from above: its hip bends out of the picture)."""
    if 'kn_' + side not in fig:
        return None
    sh = fig.get('sh_' + side, fig['sh'])
    hip = fig.get('hip_' + side, fig['hip'])
    kn = fig['kn_' + side]
    down = (hip[0] - sh[0], hip[1] - sh[1])       # along the trunk, towards the feet
    thigh = (kn[0] - hip[0], kn[1] - hip[1])
    angle = math.degrees(math.atan2(down[0] * thigh[1] - down[1] * thigh[0],
                                    down[0] * thigh[0] + down[1] * thigh[1]))
    nose = fig.get('nose')
    if nose is None:
        return None
    # front of the trunk: the side of the trunk line the face points to
    front = down[0] * nose[1] - down[1] * nose[0]      # sign of (down x nose)
    if abs(front) < 1e-9 or abs(angle) < 0.5:
        return abs(angle)
    return abs(angle) if (angle > 0) == (front > 0) else -abs(angle)


def angle_rows():
    """-> list of (number, id, {who: (near, far)}, note) in the order of POSITIONS."""
    sys.path.insert(0, str(ROOT))
    from clinic.content.poses import POSES
    from clinic.content.positions import POSITIONS
    rows = []
    for n, pos in enumerate(POSITIONS, 1):
        pose = POSES[pos.id]
        figs = {who: (hip_flexion(j, 'n'), hip_flexion(j, 'f')) for who, j in pose['figs'].items()}
        over = [who for who, ab in figs.items() if any(a is not None and a > 90.5 for a in ab)]
        note = ''
        if 'Y' in over:
            note = ('you over 90: load hip_flexion_over_90, kept out of new-hip plans'
                    if 'hip_flexion_over_90' in pos.loads else
                    'WARNING you over 90 but no hip_flexion_over_90 load: could print in a new-hip plan')
        if 'P' in over:
            note = (note + '; ' if note else '') + 'partner over 90'
        rows.append((n, pos.id, figs, note))
    return rows


def angle_table():
    def a(v):
        return '   -' if v is None else f'{v:4.0f}'
    lines = ['Hip flexion in degrees (0 = straight, 90 = right angle; - = not drawn or not visible)',
             f"{'#':>2} {'drawing':32} {'you near':>8} {'you far':>7} {'ptnr near':>9} {'ptnr far':>8}  note"]
    for n, pid, figs, note in angle_rows():
        (yn, yf), (pn, pf) = figs['Y'], figs['P']
        lines.append(f"{n:>2} {pid:32} {a(yn):>8} {a(yf):>7} {a(pn):>9} {a(pf):>8}  {note}")
    return '\n'.join(lines)


def drawings():
    """Every file the tool writes: name -> SVG text."""
    sys.path.insert(0, str(ROOT))
    from clinic.content.poses import POSES
    return {f"{pid}.svg": render_pose(pose) for pid, pose in POSES.items()}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    files = drawings()
    for name, svg in files.items():
        (OUT / name).write_text(svg)
    if '--check' in sys.argv:
        from clinic.content.poses import POSES
        for pid, pose in POSES.items():
            for message in check(pid, pose):
                print('CHECK', message)
    if '--angles' in sys.argv:
        print(angle_table())
    largest = max(files, key=lambda n: len(files[n]))
    print(f"{len(files)} drawings written to {OUT.relative_to(ROOT)}; largest {largest} ({len(files[largest])} bytes)")


if __name__ == '__main__':
    main()
