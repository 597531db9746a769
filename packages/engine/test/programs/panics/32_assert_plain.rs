// assert! with no message shows the failed expression.
fn is_sorted(v: &[i32]) -> bool {
    v.windows(2).all(|w| w[0] <= w[1])
}

fn main() {
    let good = vec![1, 2, 2, 5];
    let bad = vec![3, 1, 2];
    assert!(is_sorted(&good));
    println!("good is sorted");
    assert!(is_sorted(&bad));
    println!("bad is sorted");
}
