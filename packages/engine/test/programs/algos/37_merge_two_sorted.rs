// Merge two sorted lists, consuming them, with two indices.
fn merge_sorted(a: Vec<i32>, b: Vec<i32>) -> Vec<i32> {
    let mut out = Vec::new();
    let mut ia = a.into_iter().peekable();
    let mut ib = b.into_iter().peekable();
    loop {
        match (ia.peek(), ib.peek()) {
            (Some(x), Some(y)) => {
                if x <= y {
                    out.push(ia.next().unwrap());
                } else {
                    out.push(ib.next().unwrap());
                }
            }
            (Some(_), None) => out.push(ia.next().unwrap()),
            (None, Some(_)) => out.push(ib.next().unwrap()),
            (None, None) => break,
        }
    }
    out
}

fn intersect_sorted(a: &[i32], b: &[i32]) -> Vec<i32> {
    let (mut i, mut j) = (0, 0);
    let mut common = vec![];
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            common.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    common
}

fn main() {
    let monday = vec![2, 5, 8, 13, 21];
    let tuesday = vec![1, 5, 9, 13, 34];
    println!("common: {:?}", intersect_sorted(&monday, &tuesday));
    let all = merge_sorted(monday, tuesday);
    println!("merged: {:?}", all);
    println!("{:?}", merge_sorted(vec![], vec![3, 4]));
}
