// Rotate a square grid 90 degrees clockwise into a new grid.
fn rotate(g: &Vec<Vec<char>>) -> Vec<Vec<char>> {
    let n = g.len();
    let mut out = vec![vec![' '; n]; n];
    for r in 0..n {
        for c in 0..n {
            out[c][n - 1 - r] = g[r][c];
        }
    }
    out
}

fn print(g: &Vec<Vec<char>>) {
    for row in g {
        println!("{}", row.iter().collect::<String>());
    }
}

fn main() {
    let shape: Vec<Vec<char>> = vec!["#..", "##.", "..."]
        .into_iter()
        .map(|s| s.chars().collect())
        .collect();
    let r1 = rotate(&shape);
    print(&r1);
    println!("--");
    let r4 = rotate(&rotate(&rotate(&r1)));
    println!("full turn equal: {}", r4 == shape);
}
