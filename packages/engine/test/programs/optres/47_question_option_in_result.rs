use std::collections::HashMap;

fn price_of(menu: &HashMap<&str, u32>, dish: &str, qty: &str) -> Result<u32, String> {
    let unit = menu.get(dish)?;
    let qty: u32 = qty.parse().map_err(|_| "bad quantity".to_string())?;
    Ok(unit * qty)
}

fn main() {
    let mut menu = HashMap::new();
    menu.insert("soup", 4);
    menu.insert("pie", 6);
    println!("{:?}", price_of(&menu, "pie", "3"));
    println!("{:?}", price_of(&menu, "cake", "1"));
}
