# Recipe for yorkcalc-approach.csv: the YorkCalc cooling-tower approach correlation (27 coefficients, fitted to
# York International tower data), as published in EnergyPlus (CondenserLoopTowers, "YorkCalc" model) and
# Modelica Buildings (Buildings/Fluid/HeatExchangers/CoolingTowers/Correlations/yorkCalc.mo).
# Run: python3 yorkcalc-approach.py > yorkcalc-approach.csv
C = [-0.359741205, -0.055053608, 0.0023850432, 0.173926877, -0.0248473764, 0.00048430224,
     -0.005589849456, 0.0005770079712, -0.00001342427256, 2.84765801111111, -0.121765149, 0.0014599242,
     1.680428651, -0.0166920786, -0.0007190532, -0.025485194448, 0.0000487491696, 0.00002719234152,
     -0.0653766255555556, -0.002278167, 0.0002500254, -0.0910565458, 0.00318176316, 0.000038621772,
     -0.0034285382352, 0.00000856589904, -0.000001516821552]
def approach(wb, rng, lg):
    s, i = 0.0, 0
    for l in range(3):
        for r in range(3):
            for w in range(3):
                s += C[i] * wb**w * rng**r * lg**l; i += 1
    return s
print("# source: YorkCalc correlation (EnergyPlus Engineering Reference, 'Cooling Towers: YorkCalc model';")
print("#   Modelica Buildings Correlations/yorkCalc.mo), valid wet bulb -34.4..26.7 degC, range 1.1..22.2 K,")
print("#   liquid-to-gas ratio <= 8 (BoundsYorkCalc.mo); design point of the EnergyPlus example tower 25.56 degC")
print("#   wet bulb, 5.56 K range, 3.89 K approach (the CTI rating 35 / 29.44 / 25.56 degC)")
print("# units: degC, K; airFlowFraction = air flow / design air flow at design water flow (LG ratio = 1 / fraction)")
print("# obtained: by yorkcalc-approach.py (this folder) from the published coefficients")
print("wetBulbC,rangeK,airFlowFraction,approachK")
for wb in [-5, 0, 5, 10, 15, 20, 25.56]:
    for rng in [3.0, 5.56]:
        print(f"{wb},{rng},1,{approach(wb, rng, 1.0):.4f}")
for wb in [15, 25.56]:
    for f in [0.5, 0.6, 0.75, 0.9]:
        print(f"{wb},5.56,{f},{approach(wb, 5.56, 1 / f):.4f}")
