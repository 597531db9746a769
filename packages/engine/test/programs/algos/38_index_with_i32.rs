// Binary search where the student keeps the bounds as i32 so they can go negative.
fn binary_search(v: &[i32], target: i32) -> i32 {
    let mut lo: i32 = 0;
    let mut hi: i32 = v.len() as i32 - 1;
    while lo <= hi {
        let mid = (lo + hi) / 2;
        if v[mid] == target {
            return mid;
        } else if v[mid as usize] < target {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    -1
}

fn main() {
    let v = vec![1, 3, 5, 7, 9, 11];
    println!("{}", binary_search(&v, 7));
    println!("{}", binary_search(&v, 4));
}
