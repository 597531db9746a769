// Observers that keep their own state need FnMut.
struct Sensor {
    observers: Vec<Box<dyn FnMut(i32)>>,
}

impl Sensor {
    fn on_reading(&mut self, f: impl FnMut(i32) + 'static) {
        self.observers.push(Box::new(f));
    }
    fn publish(&mut self, value: i32) {
        for obs in self.observers.iter_mut() {
            obs(value);
        }
    }
}

fn main() {
    let mut s = Sensor { observers: Vec::new() };
    let mut max_seen = i32::MIN;
    s.on_reading(move |v| {
        if v > max_seen {
            max_seen = v;
            println!("new max {}", max_seen);
        }
    });
    let mut count = 0;
    s.on_reading(move |_| {
        count += 1;
        println!("reading #{}", count);
    });
    for v in [3, 9, 4, 12] {
        s.publish(v);
    }
}
