// Hand-written binary search, lower bound, and the std binary_search.
fn binary_search(a: &[i32], target: i32) -> Option<usize> {
    let (mut lo, mut hi) = (0usize, a.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if a[mid] == target {
            return Some(mid);
        } else if a[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

fn lower_bound(a: &[i32], target: i32) -> usize {
    let (mut lo, mut hi) = (0, a.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn isqrt(n: u64) -> u64 {
    let (mut lo, mut hi) = (0u64, n + 1);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if mid * mid <= n { lo = mid } else { hi = mid }
    }
    lo
}

fn main() {
    let a = [1, 3, 5, 7, 9, 11, 13];
    for t in [7, 1, 13, 4, 20] {
        println!("search {:>2}: mine={:?} std={:?} lower_bound={}", t, binary_search(&a, t), a.binary_search(&t), lower_bound(&a, t));
    }
    let mut sorted = vec![10, 20, 30];
    for x in [25, 5, 35, 20] {
        let pos = sorted.binary_search(&x).unwrap_or_else(|p| p);
        sorted.insert(pos, x);
    }
    println!("insert keeping order: {:?}", sorted);
    let people = [("ann", 31), ("bob", 25), ("cy", 40)];
    let mut by_age = people.to_vec();
    by_age.sort_by_key(|p| p.1);
    println!("by age: {:?}", by_age);
    println!("age 31 at {:?}", by_age.binary_search_by_key(&31, |p| p.1));
    println!("age 32 at {:?}", by_age.binary_search_by_key(&32, |p| p.1));
    for n in [0, 1, 15, 16, 17, 1_000_000] {
        println!("isqrt({}) = {}", n, isqrt(n));
    }
}
