// Recursive binary search returning the index in the original slice
fn search(v: &[i32], target: i32, offset: usize, depth: usize) -> Option<usize> {
    println!("{}search {:?}", "  ".repeat(depth), v);
    if v.is_empty() {
        return None;
    }
    let mid = v.len() / 2;
    if v[mid] == target {
        Some(offset + mid)
    } else if target < v[mid] {
        search(&v[..mid], target, offset, depth + 1)
    } else {
        search(&v[mid + 1..], target, offset + mid + 1, depth + 1)
    }
}

fn main() {
    let v = [1, 3, 5, 8, 13, 21, 34, 55];
    println!("-> {:?}", search(&v, 21, 0, 0));
    println!("-> {:?}", search(&v, 4, 0, 0));
}
