// Lifetime annotations relate the lifetimes of inputs and output.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() {
        x
    } else {
        y
    }
}

fn first_of<'a, 'b>(x: &'a str, _y: &'b str) -> &'a str {
    x
}

fn pick<'a>(items: &'a [String], pred: &dyn Fn(&str) -> bool) -> Option<&'a String> {
    for it in items {
        if pred(it) {
            return Some(it);
        }
    }
    None
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        result = longest(string1.as_str(), string2.as_str()).to_string();
    }
    println!("The longest string is {}", result);

    let a = String::from("abcd");
    let r;
    {
        let b = String::from("much longer");
        r = first_of(&a, &b);
    }
    println!("first_of = {}", r);

    let items = vec![String::from("pear"), String::from("banana"), String::from("kiwi")];
    let found = pick(&items, &|s: &str| s.starts_with('b'));
    println!("found = {:?}", found);
    let none = pick(&items, &|s: &str| s.len() > 10);
    println!("none = {:?}", none);
}
