struct Machine {
    registers: [u32; 4],
    ops: u32,
}

impl Machine {
    fn tick(&mut self) {
        self.ops += 1;
    }

    fn load(&mut self, idx: usize, value: u32) {
        let slot = &mut self.registers[idx];
        self.tick();
        *slot = value;
    }
}

fn main() {
    let mut m = Machine { registers: [0; 4], ops: 0 };
    m.load(2, 7);
    println!("{:?} after {} ops", m.registers, m.ops);
}
