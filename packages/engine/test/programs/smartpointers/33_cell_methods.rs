use std::cell::Cell;

#[derive(Debug)]
struct Sensor {
    id: u8,
    last_reading: Cell<f32>,
    error_count: Cell<u16>,
    label: Cell<Option<&'static str>>,
}

impl Sensor {
    fn record(&self, reading: f32) {
        if reading < 0.0 {
            self.error_count.set(self.error_count.get() + 1);
        } else {
            let old = self.last_reading.replace(reading);
            println!("sensor {}: {} -> {}", self.id, old, reading);
        }
    }
}

fn main() {
    let s = Sensor {
        id: 7,
        last_reading: Cell::new(0.0),
        error_count: Cell::new(0),
        label: Cell::new(Some("boiler")),
    };
    for r in [21.5, -1.0, 22.25, -3.0, 23.0] {
        s.record(r);
    }
    println!("errors: {}", s.error_count.get());
    println!("errors taken: {}, now {}", s.error_count.take(), s.error_count.get());
    println!("label: {:?}", s.label.get());
    let old_label = s.label.replace(None);
    println!("old label {:?}, new label {:?}", old_label, s.label.get());

    let a = Cell::new(1);
    let b = Cell::new(2);
    a.swap(&b);
    println!("a = {}, b = {}", a.get(), b.get());
    println!("{:?}", s);
}
