// Merge sort returning a new Vec, plus counting inversions.
fn merge(left: &[i32], right: &[i32]) -> (Vec<i32>, usize) {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j, mut inv) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] {
            out.push(left[i]);
            i += 1;
        } else {
            out.push(right[j]);
            inv += left.len() - i;
            j += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    (out, inv)
}

fn merge_sort(a: &[i32]) -> (Vec<i32>, usize) {
    if a.len() <= 1 {
        return (a.to_vec(), 0);
    }
    let mid = a.len() / 2;
    let (l, li) = merge_sort(&a[..mid]);
    let (r, ri) = merge_sort(&a[mid..]);
    let (m, mi) = merge(&l, &r);
    (m, li + ri + mi)
}

fn merge_sort_strings(v: Vec<String>) -> Vec<String> {
    if v.len() <= 1 {
        return v;
    }
    let mut left = v;
    let right = left.split_off(left.len() / 2);
    let left = merge_sort_strings(left);
    let right = merge_sort_strings(right);
    let mut out = Vec::new();
    let mut li = left.into_iter().peekable();
    let mut ri = right.into_iter().peekable();
    loop {
        let take_left = match (li.peek(), ri.peek()) {
            (Some(a), Some(b)) => a <= b,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        out.push(if take_left { li.next().unwrap() } else { ri.next().unwrap() });
    }
    out
}

fn main() {
    let data = [38, 27, 43, 3, 9, 82, 10];
    let (sorted, inv) = merge_sort(&data);
    println!("{:?} -> {:?} ({} inversions)", data, sorted, inv);
    println!("original untouched: {:?}", data);
    let (s2, inv2) = merge_sort(&[5, 4, 3, 2, 1]);
    println!("{:?} with {} inversions", s2, inv2);
    let words: Vec<String> = "the quick brown fox jumps over lazy dogs".split(' ').map(String::from).collect();
    println!("{:?}", merge_sort_strings(words));
}
