// kind: compiles
// title: A reference used in one branch only
// tags: nll, borrow
// difficulty: 2
// ---
fn main() {
    let mut v = vec![3, 1, 2];
    let flag = v.len() > 2;
    let r = &v[0];
    if flag {
        v.push(10);
    } else {
        println!("no push");
    }
    println!("first {}", r);
}
