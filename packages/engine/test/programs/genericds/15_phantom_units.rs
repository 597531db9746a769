// Units of measure with PhantomData: the unit exists only in the type.
use std::marker::PhantomData;
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters;
#[derive(Debug, Clone, Copy)]
struct Feet;

#[derive(Debug, Clone, Copy)]
struct Length<Unit> {
    value: f64,
    unit: PhantomData<Unit>,
}

impl<Unit> Length<Unit> {
    fn new(value: f64) -> Self {
        Length { value, unit: PhantomData }
    }
}

impl<Unit> Add for Length<Unit> {
    type Output = Length<Unit>;
    fn add(self, other: Self) -> Self {
        Length::new(self.value + other.value)
    }
}

impl Length<Feet> {
    fn to_meters(self) -> Length<Meters> {
        Length::new(self.value * 0.3048)
    }
}

fn main() {
    let run: Length<Meters> = Length::new(400.0);
    let walk: Length<Meters> = Length::new(150.0);
    let total = run + walk;
    println!("total = {} m", total.value);

    let ladder: Length<Feet> = Length::new(10.0);
    let in_m = ladder.to_meters();
    let sum = total + in_m;
    println!("with ladder = {:.3} m", sum.value);
    println!("marker size = {}", std::mem::size_of::<Length<Feet>>());
}
