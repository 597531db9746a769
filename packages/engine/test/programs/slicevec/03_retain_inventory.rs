// retain keeps only the elements for which the closure returns true.
#[derive(Debug)]
struct Item {
    name: &'static str,
    stock: u32,
}

fn main() {
    let mut numbers: Vec<i32> = (1..=12).collect();
    numbers.retain(|&n| n % 3 == 0);
    println!("multiples of 3: {:?}", numbers);

    let mut shelf = vec![
        Item { name: "pens", stock: 12 },
        Item { name: "tape", stock: 0 },
        Item { name: "glue", stock: 3 },
        Item { name: "clips", stock: 0 },
    ];
    let before = shelf.len();
    shelf.retain(|item| item.stock > 0);
    println!("removed {} empty items", before - shelf.len());
    for item in &shelf {
        println!("{} x{}", item.name, item.stock);
    }

    // retain_mut can change elements while deciding.
    let mut lives = vec![3, 1, 2, 1];
    lives.retain_mut(|l| {
        *l -= 1;
        *l > 0
    });
    println!("players left: {:?}", lives);
}
