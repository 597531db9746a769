// Merge two sorted slices using peekable iterators.
fn merge(a: &[i32], b: &[i32]) -> Vec<i32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut ia = a.iter().peekable();
    let mut ib = b.iter().peekable();
    loop {
        match (ia.peek(), ib.peek()) {
            (Some(&&x), Some(&&y)) => {
                if x <= y {
                    out.push(x);
                    ia.next();
                } else {
                    out.push(y);
                    ib.next();
                }
            }
            (Some(_), None) => out.extend(ia.by_ref()),
            (None, Some(_)) => out.extend(ib.by_ref()),
            (None, None) => break,
        }
    }
    out
}

fn main() {
    println!("{:?}", merge(&[1, 4, 9, 12], &[2, 3, 10]));
    println!("{:?}", merge(&[], &[5, 6]));
    println!("{:?}", merge(&[7], &[]));
}
