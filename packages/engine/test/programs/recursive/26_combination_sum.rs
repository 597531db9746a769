// Combination sum: choose numbers (with repetition) adding up to a target
fn search(cands: &[u32], start: usize, remaining: u32, path: &mut Vec<u32>, found: &mut Vec<Vec<u32>>) {
    if remaining == 0 {
        found.push(path.clone());
        return;
    }
    for i in start..cands.len() {
        let c = cands[i];
        if c > remaining {
            break; // candidates are sorted
        }
        path.push(c);
        search(cands, i, remaining - c, path, found);
        path.pop();
    }
}

fn main() {
    let cands = [2, 3, 5];
    let mut found = Vec::new();
    let mut path = Vec::new();
    search(&cands, 0, 8, &mut path, &mut found);
    for f in &found {
        println!("{:?}", f);
    }
    println!("path is empty again: {}", path.is_empty());
}
