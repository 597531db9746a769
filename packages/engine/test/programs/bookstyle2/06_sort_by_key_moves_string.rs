// Quiz: sort_by_key wants FnMut. What goes wrong here?
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let mut list = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
        Rectangle { width: 7, height: 12 },
    ];

    let mut sort_log = vec![];
    let value = String::from("closure called");

    list.sort_by_key(|r| {
        sort_log.push(value);
        r.width
    });

    println!("{:#?}", list);
}
