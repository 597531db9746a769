use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<&str, u32> = HashMap::new();
    prices.insert("bread", 3);
    prices.insert("milk", 2);

    // get gives Option<&u32>; copied turns it into Option<u32>
    let bread: u32 = prices.get("bread").copied().unwrap_or(0);
    let cheese: u32 = prices.get("cheese").copied().unwrap_or(0);
    println!("bread: {}", bread);
    println!("cheese: {}", cheese);

    let list = ["bread", "milk", "eggs", "milk"];
    let mut total = 0;
    for item in list.iter() {
        let p = prices.get(item).copied().unwrap_or(10);
        println!("{} costs {}", item, p);
        total += p;
    }
    println!("total: {}", total);
}
