use std::fmt::Debug;

// Using an associated type in a generic function's bounds.
trait Source {
    type Reading: Debug + Copy + Into<f64>;
    fn readings(&self) -> Vec<Self::Reading>;
}

struct Thermometer;
struct StepCounter {
    days: Vec<u32>,
}

impl Source for Thermometer {
    type Reading = f32;
    fn readings(&self) -> Vec<f32> {
        vec![20.5, 21.0, 19.5]
    }
}

impl Source for StepCounter {
    type Reading = u32;
    fn readings(&self) -> Vec<u32> {
        self.days.clone()
    }
}

fn average<S: Source>(s: &S) -> f64 {
    let r = s.readings();
    let total: f64 = r.iter().map(|&x| x.into()).sum();
    total / r.len() as f64
}

fn show<S>(label: &str, s: &S)
where
    S: Source,
{
    println!("{}: {:?} avg {:.2}", label, s.readings(), average(s));
}

fn main() {
    show("temp", &Thermometer);
    show("steps", &StepCounter { days: vec![4000, 9000, 6500, 10500] });
}
