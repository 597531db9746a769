// Classic bug: `hi = v.len()` combined with `lo <= hi` reads one past the end.
fn contains(v: &[i32], target: i32) -> bool {
    let mut lo = 0;
    let mut hi = v.len();
    while lo <= hi {
        let mid = (lo + hi) / 2;
        println!("  checking index {}", mid);
        if v[mid] == target {
            return true;
        } else if v[mid] < target {
            lo = mid + 1;
        } else {
            if mid == 0 {
                return false;
            }
            hi = mid - 1;
        }
    }
    false
}

fn main() {
    let v = [10, 20, 30, 40];
    println!("has 20? {}", contains(&v, 20));
    println!("has 5? {}", contains(&v, 5));
    println!("has 99? {}", contains(&v, 99));
}
