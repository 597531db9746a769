// `move` on a closure: what happens to Copy values and to clones?
fn main() {
    let limit = 10;
    let label = String::from("score");
    let label_for_closure = label.clone();
    let check = move |x: i32| {
        if x > limit {
            format!("{} {} is over {}", label_for_closure, x, limit)
        } else {
            format!("{} {} ok", label_for_closure, x)
        }
    };
    println!("{}", check(4));
    println!("{}", check(12));
    println!("limit is still {} and label is still {}", limit, label);
}
