// Count comparisons of linear search vs binary search.
fn linear_search(items: &[i32], target: i32) -> (Option<usize>, u32) {
    let mut steps = 0;
    for (i, &x) in items.iter().enumerate() {
        steps += 1;
        if x == target {
            return (Some(i), steps);
        }
    }
    (None, steps)
}

fn binary_search(items: &[i32], target: i32) -> (Option<usize>, u32) {
    let (mut lo, mut hi) = (0usize, items.len());
    let mut steps = 0;
    while lo < hi {
        steps += 1;
        let mid = lo + (hi - lo) / 2;
        if items[mid] == target {
            return (Some(mid), steps);
        } else if items[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    (None, steps)
}

fn main() {
    let items: Vec<i32> = (0..100).map(|x| x * 2).collect();
    for t in [0, 98, 150, 199] {
        println!("{:>3}: linear {:?} binary {:?}", t, linear_search(&items, t), binary_search(&items, t));
    }
}
