use std::collections::HashSet;

fn main() {
    let visited: HashSet<(i32, i32)> = HashSet::new();
    let path = [(0, 0), (0, 1), (1, 1), (0, 1)];

    let mut revisits = 0;
    for p in path {
        // the set needs to be `mut` for insert
        if !visited.insert(p) {
            revisits += 1;
        }
    }
    println!("revisits: {}", revisits);
    println!("distinct cells: {}", visited.len());
}
