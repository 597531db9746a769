// Pad a grid with a border of zeros and hand it back.
fn padded(g: &Vec<Vec<i32>>) -> &Vec<Vec<i32>> {
    let w = g[0].len() + 2;
    let mut out = vec![vec![0; w]];
    for row in g {
        let mut r = vec![0];
        r.extend(row);
        r.push(0);
        out.push(r);
    }
    out.push(vec![0; w]);
    &out
}

fn main() {
    let g = vec![vec![1, 2], vec![3, 4]];
    for row in padded(&g) {
        println!("{:?}", row);
    }
}
