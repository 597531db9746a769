use std::rc::Rc;

struct Lamp {
    room: &'static str,
}

impl Drop for Lamp {
    fn drop(&mut self) {
        println!("lamp in {} switched off", self.room);
    }
}

fn main() {
    let kitchen = Rc::new(Lamp { room: "kitchen" });
    let hall = Rc::new(Lamp { room: "hall" });

    let kitchen_again = Rc::clone(&kitchen);
    println!("dropping first kitchen handle");
    drop(kitchen);
    println!("kitchen still on? strong = {}", Rc::strong_count(&kitchen_again));

    let hall_again = Rc::clone(&hall);
    drop(hall_again);
    println!("end of main");
    // locals drop in reverse order: hall, then kitchen_again
}
