use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct InventoryError {
    item: String,
    requested: u32,
    in_stock: u32,
}

impl fmt::Display for InventoryError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "only {} of {} in stock, {} requested", self.in_stock, self.item, self.requested)
    }
}

impl Error for InventoryError {}

fn take(stock: &mut Vec<(String, u32)>, item: &str, n: u32) -> Result<u32, InventoryError> {
    let entry = stock.iter_mut().find(|(name, _)| name == item);
    let (_, count) = entry.ok_or(InventoryError { item: item.to_string(), requested: n, in_stock: 0 })?;
    if *count < n {
        return Err(InventoryError { item: item.to_string(), requested: n, in_stock: *count });
    }
    *count -= n;
    Ok(*count)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut stock = vec![("bolts".to_string(), 50), ("nuts".to_string(), 20)];
    let left = take(&mut stock, "bolts", 15)?;
    println!("bolts left: {}", left);
    let left = take(&mut stock, "nuts", 20)?;
    println!("nuts left: {}", left);
    let left = take(&mut stock, "nuts", 1)?;
    println!("nuts left: {}", left);
    Ok(())
}
