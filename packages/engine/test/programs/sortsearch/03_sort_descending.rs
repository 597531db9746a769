// Two ways to sort in descending order.
fn main() {
    let mut a = vec![5, 1, 4, 2, 3];
    a.sort_by(|x, y| y.cmp(x));
    println!("sort_by reversed: {:?}", a);

    let mut b = vec![5, 1, 4, 2, 3];
    b.sort();
    b.reverse();
    println!("sort + reverse:   {:?}", b);
    assert_eq!(a, b);
}
