// Non-lexical lifetimes: a borrow ends at its last use, not at the end of the scope.
fn main() {
    let mut s = String::from("hello");

    let r1 = &s;
    let r2 = &s;
    println!("{} and {}", r1, r2);
    // r1 and r2 are not used after this point

    let r3 = &mut s;
    r3.push_str(" world");
    println!("{}", r3);

    let mut scores = vec![10, 20, 30];
    let first = scores[0]; // a copy, not a borrow
    scores.push(40);
    println!("first = {}, scores = {:?}", first, scores);

    let biggest = scores.iter().max().unwrap();
    println!("biggest = {}", biggest);
    scores.push(50); // fine: biggest is no longer used
    println!("scores = {:?}", scores);

    let mut total = 0;
    let t = &mut total;
    *t += scores.len();
    println!("total = {}", total);
}
