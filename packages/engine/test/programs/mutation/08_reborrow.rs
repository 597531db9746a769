fn push_twice(v: &mut Vec<String>, item: &str) {
    v.push(item.to_string());
    v.push(item.to_uppercase());
}

fn bump(n: &mut i32) {
    *n += 10;
}

fn main() {
    let mut words = Vec::new();
    let r = &mut words;

    // r is reborrowed for each call, so it is still usable afterwards
    push_twice(&mut *r, "hello");
    push_twice(r, "world");
    r.push(String::from("!"));
    println!("{:?}", words);

    let mut total = 0;
    let t = &mut total;
    bump(&mut *t);
    bump(t);
    *t += 1;
    println!("total = {}", total);
}
