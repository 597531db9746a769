use std::cell::Cell;

fn main() {
    let mut temperature = Cell::new(20.5_f64);

    // With &mut access we don't need set(): get_mut gives a plain &mut.
    *temperature.get_mut() += 1.5;
    println!("after get_mut: {}", temperature.get());

    let shared = &temperature;
    shared.set(shared.get() * 2.0);
    println!("after set: {}", temperature.get());

    // Cell::from_mut turns a &mut into a &Cell
    let mut readings = [1, 2, 3, 4];
    let cells: &Cell<[i32]> = Cell::from_mut(&mut readings[..]);
    let slots = cells.as_slice_of_cells();
    for slot in slots {
        slot.set(slot.get() * 10);
    }
    slots[0].swap(&slots[3]);
    println!("readings: {:?}", readings);

    let owned = temperature.into_inner();
    println!("owned: {}", owned);
}
