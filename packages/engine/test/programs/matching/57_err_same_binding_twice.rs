fn classify(pair: (i32, i32)) -> &'static str {
    match pair {
        (0, 0) => "origin",
        (a, a) => "on the diagonal",
        (_, 0) | (0, _) => "on an axis",
        _ => "somewhere else",
    }
}

fn main() {
    for p in [(0, 0), (3, 3), (4, 0), (1, 2)] {
        println!("{:?}: {}", p, classify(p));
    }
}
