// hashmaps1/2: fill a basket and add only the fruits that are missing.
use std::collections::HashMap;

#[derive(Hash, PartialEq, Eq, Debug, Clone, Copy, PartialOrd, Ord)]
enum Fruit {
    Apple,
    Banana,
    Mango,
    Lychee,
    Pineapple,
}

fn fruit_basket(basket: &mut HashMap<Fruit, u32>) {
    let fruit_kinds = [Fruit::Apple, Fruit::Banana, Fruit::Mango, Fruit::Lychee, Fruit::Pineapple];
    for fruit in fruit_kinds {
        basket.entry(fruit).or_insert(1);
    }
}

fn main() {
    let mut basket = HashMap::new();
    basket.insert(Fruit::Apple, 4);
    basket.insert(Fruit::Mango, 2);
    basket.insert(Fruit::Lychee, 5);

    fruit_basket(&mut basket);

    let mut entries: Vec<(&Fruit, &u32)> = basket.iter().collect();
    entries.sort();
    for (fruit, count) in entries {
        println!("{:?}: {}", fruit, count);
    }
    println!("total: {}", basket.values().sum::<u32>());
}
