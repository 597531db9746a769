// sort_by_key takes an FnMut closure: it may mutate captured state.
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
        Rectangle { width: 1, height: 4 },
    ];

    let mut key_calls = 0;
    list.sort_by_key(|r| {
        key_calls += 1;
        r.width
    });

    for r in &list {
        println!("{} x {}", r.width, r.height);
    }
    println!("Key closure was called at least once: {}", key_calls > 0);

    let mut areas: Vec<u32> = list.iter().map(|r| r.width * r.height).collect();
    areas.sort_by_key(|a| std::cmp::Reverse(*a));
    println!("Areas, largest first: {:?}", areas);
}
