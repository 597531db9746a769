// Vec elements drop front to back; remove/pop/clear/truncate drop right away.
struct Item(u32);

impl Drop for Item {
    fn drop(&mut self) {
        println!("  drop Item({})", self.0);
    }
}

fn main() {
    let mut v: Vec<Item> = (1..=6).map(Item).collect();
    println!("pop:");
    let popped = v.pop();
    println!("  popped {:?}", popped.as_ref().map(|i| i.0));
    drop(popped);
    println!("remove(0):");
    v.remove(0);
    println!("truncate(3):");
    v.truncate(3);
    println!("assign v[1]:");
    v[1] = Item(20);
    println!("swap_remove(0):");
    let sr = v.swap_remove(0);
    println!("  got {}, remaining {:?}", sr.0, v.iter().map(|i| i.0).collect::<Vec<_>>());
    println!("clear:");
    v.clear();
    println!("len after clear = {}", v.len());
    v.push(Item(100));
    v.push(Item(101));
    println!("retain odd:");
    v.retain(|i| i.0 % 2 == 1);
    println!("into_iter with break:");
    let w: Vec<Item> = (7..=9).map(Item).collect();
    for it in w {
        if it.0 == 8 {
            println!("  breaking at 8");
            break;
        }
        println!("  saw {}", it.0);
    }
    println!("end of main (sr still alive)");
}
